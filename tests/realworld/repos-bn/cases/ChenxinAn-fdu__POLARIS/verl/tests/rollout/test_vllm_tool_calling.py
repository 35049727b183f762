stub: upstream file of 10932 bytes
