stub: upstream file of 14724 bytes
