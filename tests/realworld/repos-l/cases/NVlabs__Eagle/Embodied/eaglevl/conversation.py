stub: upstream file of 46704 bytes
