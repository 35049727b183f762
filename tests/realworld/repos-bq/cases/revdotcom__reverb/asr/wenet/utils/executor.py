stub: upstream file of 15807 bytes
