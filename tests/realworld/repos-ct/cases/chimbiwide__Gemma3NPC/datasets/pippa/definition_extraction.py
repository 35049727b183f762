stub: upstream file of 1739 bytes
