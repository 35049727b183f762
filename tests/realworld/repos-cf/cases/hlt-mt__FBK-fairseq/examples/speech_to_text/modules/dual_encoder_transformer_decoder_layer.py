stub: upstream file of 10142 bytes
