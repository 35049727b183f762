stub: upstream file of 32914 bytes
