stub: upstream symlink to ../../../voxceleb/v2/local/prepare_data.sh
