stub: upstream file of 97909 bytes
