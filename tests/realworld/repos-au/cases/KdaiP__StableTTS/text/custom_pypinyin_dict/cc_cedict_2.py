stub: upstream file of 1614814 bytes
