stub: upstream file of 21683 bytes
