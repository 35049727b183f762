stub: upstream file of 20914 bytes
