stub: upstream file of 15005 bytes
