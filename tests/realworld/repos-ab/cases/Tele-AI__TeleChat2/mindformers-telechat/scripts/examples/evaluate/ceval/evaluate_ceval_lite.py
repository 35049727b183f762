stub: upstream file of 18005 bytes
