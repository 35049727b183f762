stub: upstream file of 13671 bytes
