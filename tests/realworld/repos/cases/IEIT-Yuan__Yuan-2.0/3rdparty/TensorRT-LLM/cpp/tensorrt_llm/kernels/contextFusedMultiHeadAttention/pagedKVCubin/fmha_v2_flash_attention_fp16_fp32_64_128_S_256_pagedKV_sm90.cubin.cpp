stub: upstream file of 1159537 bytes
