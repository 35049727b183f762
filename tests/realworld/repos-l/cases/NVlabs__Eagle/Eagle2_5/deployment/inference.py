stub: upstream file of 18495 bytes
