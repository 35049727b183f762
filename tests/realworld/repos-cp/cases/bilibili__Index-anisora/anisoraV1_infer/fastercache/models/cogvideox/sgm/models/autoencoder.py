stub: upstream file of 23925 bytes
