stub: upstream file of 4563 bytes
