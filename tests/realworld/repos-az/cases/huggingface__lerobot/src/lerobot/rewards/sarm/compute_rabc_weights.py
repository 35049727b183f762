stub: upstream file of 34614 bytes
