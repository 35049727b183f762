stub: upstream file of 12491 bytes
