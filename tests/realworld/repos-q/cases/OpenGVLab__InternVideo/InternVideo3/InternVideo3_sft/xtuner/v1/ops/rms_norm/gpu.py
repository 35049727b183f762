stub: upstream file of 39825 bytes
