stub: upstream file of 20847 bytes
