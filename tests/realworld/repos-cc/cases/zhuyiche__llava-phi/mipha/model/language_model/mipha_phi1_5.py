stub: upstream file of 4909 bytes
