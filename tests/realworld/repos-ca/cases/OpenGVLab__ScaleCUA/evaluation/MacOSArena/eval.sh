stub: upstream file of 2729 bytes
