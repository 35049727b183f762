stub: upstream file of 12877 bytes
