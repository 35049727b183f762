stub: upstream file of 14596 bytes
