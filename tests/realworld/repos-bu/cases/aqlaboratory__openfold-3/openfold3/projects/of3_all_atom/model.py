stub: upstream file of 27774 bytes
