stub: upstream file of 18796 bytes
