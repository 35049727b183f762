stub: upstream file of 17911 bytes
