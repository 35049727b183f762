stub: upstream file of 18795 bytes
