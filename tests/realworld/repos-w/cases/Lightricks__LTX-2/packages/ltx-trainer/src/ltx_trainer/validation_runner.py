stub: upstream file of 66642 bytes
