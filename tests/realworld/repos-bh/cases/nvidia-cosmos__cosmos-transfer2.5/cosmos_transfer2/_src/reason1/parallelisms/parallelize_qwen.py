stub: upstream file of 14696 bytes
