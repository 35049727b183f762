stub: upstream file of 4951 bytes
