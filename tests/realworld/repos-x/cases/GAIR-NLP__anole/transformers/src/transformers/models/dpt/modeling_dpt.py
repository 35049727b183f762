stub: upstream file of 57224 bytes
