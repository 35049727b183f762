stub: upstream file of 20909 bytes
