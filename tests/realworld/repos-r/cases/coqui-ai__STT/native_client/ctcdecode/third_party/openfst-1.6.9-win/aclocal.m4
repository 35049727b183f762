stub: upstream file of 53337 bytes
