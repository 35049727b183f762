stub: upstream file of 14247 bytes
