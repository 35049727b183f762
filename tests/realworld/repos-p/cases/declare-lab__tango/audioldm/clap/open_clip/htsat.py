stub: upstream file of 48104 bytes
