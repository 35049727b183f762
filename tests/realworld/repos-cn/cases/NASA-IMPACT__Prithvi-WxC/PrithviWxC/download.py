stub: upstream file of 20696 bytes
