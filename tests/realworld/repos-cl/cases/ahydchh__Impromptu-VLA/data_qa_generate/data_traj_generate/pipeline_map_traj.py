stub: upstream file of 8623 bytes
