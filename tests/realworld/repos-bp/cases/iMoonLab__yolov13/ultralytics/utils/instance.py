stub: upstream file of 16881 bytes
