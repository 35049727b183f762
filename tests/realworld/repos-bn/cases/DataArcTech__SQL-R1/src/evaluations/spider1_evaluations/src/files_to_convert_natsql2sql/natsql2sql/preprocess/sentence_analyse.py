stub: upstream file of 119568 bytes
