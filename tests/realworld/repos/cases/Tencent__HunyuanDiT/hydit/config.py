stub: upstream file of 14551 bytes
