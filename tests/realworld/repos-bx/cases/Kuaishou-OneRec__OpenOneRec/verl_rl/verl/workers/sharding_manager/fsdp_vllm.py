stub: upstream file of 15708 bytes
