stub: upstream file of 71613 bytes
