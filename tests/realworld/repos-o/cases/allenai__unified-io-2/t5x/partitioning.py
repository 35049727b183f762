stub: upstream file of 39898 bytes
