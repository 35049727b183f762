stub: upstream file of 46165 bytes
