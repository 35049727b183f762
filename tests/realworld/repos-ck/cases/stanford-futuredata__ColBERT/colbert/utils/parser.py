stub: upstream file of 5380 bytes
