stub: upstream symlink to ../../../voxceleb/v2/local/download_data.sh
