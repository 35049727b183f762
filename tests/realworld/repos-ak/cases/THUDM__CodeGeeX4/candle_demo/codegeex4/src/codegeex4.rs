stub: upstream file of 19807 bytes
