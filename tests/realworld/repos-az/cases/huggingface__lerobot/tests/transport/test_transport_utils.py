stub: upstream file of 19677 bytes
