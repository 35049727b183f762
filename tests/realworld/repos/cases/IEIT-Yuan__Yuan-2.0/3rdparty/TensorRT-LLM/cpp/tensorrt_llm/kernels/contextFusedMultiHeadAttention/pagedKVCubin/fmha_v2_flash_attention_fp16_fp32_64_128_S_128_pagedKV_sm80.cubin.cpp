stub: upstream file of 816225 bytes
