stub: upstream file of 31720 bytes
