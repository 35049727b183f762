stub: upstream file of 1532830 bytes
