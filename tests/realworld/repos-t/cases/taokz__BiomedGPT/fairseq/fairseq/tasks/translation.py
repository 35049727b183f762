stub: upstream file of 17883 bytes
